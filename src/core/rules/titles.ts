import { messages, type MessageKey } from '../i18n';

/** A check's name as people read it (`uncontrollable-kpi` → 外部要因に左右される KPI); undefined for an unknown id. */
export function ruleTitle(id: string): MessageKey | undefined {
  const key = `rules.title.${id}`;
  return Object.prototype.hasOwnProperty.call(messages, key) ? (key as MessageKey) : undefined;
}
