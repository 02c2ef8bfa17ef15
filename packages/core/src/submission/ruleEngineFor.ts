import type { FormDefinitionData } from '@adoption-support/schemas';
import { createRuleEngine, type RuleEngine } from '../rules/createRuleEngine';

/** The parts of the options that shape a rule engine. */
export interface EngineSettings {
  clock?: () => string;
  bankHolidays?: readonly string[];
}

const DEFAULT = {};
const engines = new WeakMap<object, WeakMap<object, WeakMap<object, RuleEngine>>>();

/**
 * One rule engine per form, clock and bank-holiday list, made once and reused: the packs are checked
 * when an engine is made, so a server judging many submissions pays for that once. Held weakly, so a
 * clock made per request costs nothing once the request is done.
 */
export function ruleEngineFor(definition: FormDefinitionData, settings: EngineSettings): RuleEngine {
  const byClock = engines.get(definition) ?? new WeakMap<object, WeakMap<object, RuleEngine>>();
  engines.set(definition, byClock);
  const clockKey = settings.clock ?? DEFAULT;
  const byHolidays = byClock.get(clockKey) ?? new WeakMap<object, RuleEngine>();
  byClock.set(clockKey, byHolidays);
  const holidaysKey = settings.bankHolidays ?? DEFAULT;
  let engine = byHolidays.get(holidaysKey);
  if (!engine) {
    engine = createRuleEngine({
      packs: definition.manifest.rulePacks.map((name) => definition.rulePacks[name]),
      ...(settings.clock ? { clock: settings.clock } : {}),
      ...(settings.bankHolidays ? { bankHolidays: settings.bankHolidays } : {}),
    });
    byHolidays.set(holidaysKey, engine);
  }
  return engine;
}
