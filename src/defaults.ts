// The one rule every stage's `resolve…Options` follows to fill in its defaults.

/**
 * `defaults` overridden by the fields of `options` that are set: a field given as `undefined` counts as
 * absent, as an optional field should (`{ mode: flags.mode }` keeps the default mode when no flag was given).
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const out = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out as D & O;
}
