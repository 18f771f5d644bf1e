import { ID_PATTERN, type MemberId } from '../brand';
import type { MessageKey, MessageParams } from '../i18n';
import type { SourcePath } from './locate';
import { MAX_MEMBER_ID_LENGTH } from './members';
import type { PlanMember } from './planSchema';
import type { ProblemCode, Severity } from './problem';
import type { HypothesisLookup, Member } from './types';
import { looksLikeRate } from './units';

type Report = (
  code: ProblemCode,
  severity: Severity,
  key: MessageKey,
  params: MessageParams,
  path: SourcePath,
  node?: string,
) => void;

/**
 * The plan's members, checked: ids (their own namespace, unique), a share of the team's
 * KGI between 0 and 1 or a target of at least 0 (exactly one of them), hypothesis values
 * only for hypotheses the plan has (a rate within 0–100 %). A member with a problem is
 * left out; the rest are kept so the other checks can still run.
 */
export function readMembers(
  members: readonly PlanMember[],
  hypothesisOf: HypothesisLookup,
  report: Report,
): Member[] {
  const seen = new Set<string>();
  const out: Member[] = [];
  members.forEach((m, i) => {
    const path: SourcePath = ['members', i];
    if (!ID_PATTERN.test(m.id)) {
      report('invalid-id', 'error', 'plan.invalidId', { id: m.id }, [...path, 'id']);
      return;
    }
    if (m.id.length > MAX_MEMBER_ID_LENGTH) {
      const id = `${m.id.slice(0, 24)}…`;
      report(
        'invalid-id',
        'error',
        'members.idTooLong',
        { id, length: m.id.length, max: MAX_MEMBER_ID_LENGTH },
        [...path, 'id'],
      );
      return;
    }
    if (seen.has(m.id)) {
      report('duplicate-id', 'error', 'members.duplicateId', { id: m.id }, [...path, 'id']);
      return;
    }
    seen.add(m.id);
    let ok = true;
    const refuse = (key: MessageKey, params: MessageParams, field: SourcePath): void => {
      report('invalid-member', 'error', key, { name: m.name, ...params }, [...path, ...field]);
      ok = false;
    };
    if (m.share !== undefined && m.target !== undefined) refuse('members.shareAndTarget', {}, ['target']);
    else if (m.share === undefined && m.target === undefined) refuse('members.noAllocation', {}, ['share']);
    else if (m.share !== undefined && !(m.share >= 0 && m.share <= 1))
      refuse('members.shareRange', { value: m.share }, ['share']);
    else if (m.target !== undefined && m.target < 0)
      refuse('members.negativeTarget', { value: m.target }, ['target']);
    for (const [id, value] of Object.entries(m.hypotheses)) {
      const h = hypothesisOf(id);
      if (h === undefined) {
        report('unknown-name', 'error', 'members.unknownHypothesis', { name: m.name, id }, [
          ...path,
          'hypotheses',
          id,
        ]);
        ok = false;
      } else if (looksLikeRate(h.id, h.unit, h.name) && !(value > 0 && value <= 1)) {
        report('rate-out-of-range', 'error', 'members.rateOutOfRange', { name: m.name, id, value }, [
          ...path,
          'hypotheses',
          id,
        ]);
        ok = false;
      }
    }
    if (ok)
      out.push({
        id: m.id as MemberId,
        name: m.name,
        share: m.share,
        target: m.target,
        hypotheses: { ...m.hypotheses },
      });
  });
  return out;
}
