// Regexes with Unicode property classes (`\p{Cc}`, `\p{Extended_Pictographic}`…), built from a string on first use.
// Why not a literal: V8 checks a regex literal's syntax when it parses the script, and for each `\p{…}` it looks
// the property's ranges up in ICU — ~0.8 M instructions per class, paid at every cold start by every bundle that
// contains the literal, called or not (issue #12: 3.2 M of the retrieve handler's start, then as much again when
// the literal is first evaluated). A `new RegExp` string is parsed only when it is built, here at the first test.

/**
 * A tester for `source` (with the `u` flag), compiled at its first call and reused after (no `g` flag, so no state).
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function unicodeRegex(source: string): (value: string) => boolean {
  let regex: RegExp | undefined;
  return (value) => (regex ??= new RegExp(source, 'u')).test(value);
}
