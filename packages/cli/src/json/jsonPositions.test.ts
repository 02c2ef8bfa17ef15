import { describe, expect, it } from 'vitest';
import { jsonPositions, positionOf } from './jsonPositions';

const text = `{
  "title": "Plan",
  "a/b": { "c~d": [1, {"x": "y\\"z"}] },
  "list": [
    "one",
    "two"
  ]
}`;

describe('jsonPositions', () => {
  const positions = jsonPositions(text);

  it('places members at their name and array items at their value', () => {
    expect(positionOf(positions, '/title')).toEqual({ position: { line: 2, column: 3 }, exact: true });
    expect(positionOf(positions, '/list/1')).toEqual({ position: { line: 6, column: 5 }, exact: true });
    expect(positionOf(positions, '')).toEqual({ position: { line: 1, column: 1 }, exact: true });
  });

  it('understands escaped pointer tokens and escaped quotes in strings', () => {
    expect(positionOf(positions, '/a~1b/c~0d/0')?.position).toEqual({ line: 3, column: 20 });
    expect(positionOf(positions, '/a~1b/c~0d/1')?.position).toEqual({ line: 3, column: 23 });
    expect(positionOf(positions, '/a~1b/c~0d/1/x')?.position).toEqual({ line: 3, column: 24 });
    expect(positionOf(positions, '/list')?.position).toEqual({ line: 4, column: 3 });
  });

  it('falls back to the nearest enclosing value for something missing', () => {
    expect(positionOf(positions, '/a~1b/missing/deeper')).toEqual({ position: { line: 3, column: 3 }, exact: false });
  });
});
