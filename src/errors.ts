/**
 * Base class of every error bitext-qa throws on purpose. Translation problems are never errors:
 * they are `Finding`s in the report. Errors are for misuse and unreadable input, and their message
 * says what to do next.
 */
export class BitextQaError extends Error {
  override name = 'BitextQaError';
}

/** The input cannot be read as text: empty path, binary data, not UTF-8, a directory… */
export class InputError extends BitextQaError {
  override name = 'InputError';
}

/** A neural model is not available locally and cannot be downloaded. */
export class ModelUnavailableError extends BitextQaError {
  override name = 'ModelUnavailableError';
}

/** Options that make no sense (unknown mode, negative threshold…). Thrown as a `TypeError` would be. */
export class OptionError extends BitextQaError {
  override name = 'OptionError';
}

export const isBitextQaError = (error: unknown): error is BitextQaError => error instanceof BitextQaError;
