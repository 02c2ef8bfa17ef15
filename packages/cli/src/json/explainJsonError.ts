/** What the JSON parser's terse messages mean, for a person editing the file by hand. */
const EXPLANATIONS: [RegExp, string][] = [
  [
    /Bad control character in string literal|Unterminated string/,
    'a piece of text is not closed: a quote mark (") is missing at the end of it',
  ],
  [/Expected ',' or '}' after property value/, 'a comma is missing between two entries'],
  [/Expected ',' or '\]' after array element/, 'a comma is missing between two items of a list'],
  [
    /Expected double-quoted property name/,
    'a name in quotes was expected here; often the entry before it ends with a comma it should not have',
  ],
  [/Unexpected end of JSON input/, 'the file ends too early: a closing } or ] is missing'],
  [
    /Unexpected non-whitespace character after JSON/,
    'there is more text after the end of the content: a } or ] too many, or a missing {',
  ],
  [/Expected ':' after property name/, 'a colon (:) is missing between a name and its value'],
  [/Unexpected token/, 'a character is not allowed here: check the quotes, commas and brackets around it'],
];

/** Rewrites core's "This file is not valid JSON (<parser message>)." in plain English, keeping other reasons. */
export function explainJsonError(reason: string): string {
  const parser = /^This file is not valid JSON \((.*)\)\.$/.exec(reason)?.[1];
  if (parser === undefined) return reason;
  const cleaned = parser.replace(/ in JSON at position \d+/, '').replace(/ \(line \d+ column \d+\)/, '');
  const plain = EXPLANATIONS.find(([pattern]) => pattern.test(cleaned))?.[1];
  return plain ? `This file is not valid JSON: ${plain}.` : `This file is not valid JSON (${cleaned}).`;
}
