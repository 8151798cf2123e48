/** This package's version; test/index.test.ts checks it equals package.json's. */
export const VERSION = '0.1.0';
