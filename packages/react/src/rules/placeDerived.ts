import type { FormModel } from '../definition/formModel';
import { pointerTokens } from '../definition/formModel';
import type { DerivedValue } from './ruleResults';

/** A derived value placed on screen: beside its field, or in its section's list. */
export interface PlacedDerived {
  derived: DerivedValue;
  /** Pointer into the reader's view. */
  pointer: string;
  section: number;
  /** True when the value belongs to a field the reader has a Control for. */
  atField: boolean;
}

/**
 * Where the reader may see each derived value. A value for a field goes beside that field's
 * Control; any other goes in the section whose fields share the longest start of its pointer. A
 * value is shown only if the reader can see a field at or around its place, so redaction's
 * deny-by-default holds for worked-out values too.
 */
export function placeDerived(
  model: FormModel,
  derived: readonly DerivedValue[],
  toView: (pointer: string) => string | undefined,
): PlacedDerived[] {
  const placed: PlacedDerived[] = [];
  for (const item of derived) {
    const pointer = toView(item.pointer);
    if (pointer === undefined) continue;
    const control = model.controlAt(pointer);
    if (control) {
      placed.push({ derived: item, pointer, section: control.section, atField: true });
      continue;
    }
    const tokens = pointerTokens(pointer);
    let best: { section: number; length: number } | undefined;
    for (const c of model.controls) {
      let n = 0;
      while (
        n < tokens.length &&
        n < c.dataPath.length &&
        (tokens[n] === c.dataPath[n] || (c.dataPath[n] === '*' && /^\d+$/.test(tokens[n]!)))
      )
        n++;
      if (n > 0 && (!best || n > best.length)) best = { section: c.section, length: n };
    }
    if (best) placed.push({ derived: item, pointer, section: best.section, atField: false });
  }
  return placed;
}
