import { findingField } from '../../../app/findingCell';
import { applyQuickFix } from '../../operations';
import { undoWrites } from '../../../app/hypotheses';
import { goToCell } from '../../../app/navigate';
import { render, type MessageKey } from '../../../core/i18n';
import type { Finding } from '../../../core/rules';
import { useT } from '../../i18n';
import { usePane } from '../../state';

/** What the button says for a field that is empty (set it) or filled in (review it). */
const SET = [
  'owner',
  'deadline',
  'unit',
  'name',
  'parent',
  'backcast',
  'baseline',
  'capacity',
  'rationale',
] as const;
const REVIEW = [
  'owner',
  'deadline',
  'unit',
  'name',
  'level',
  'parent',
  'backcast',
  'controllable',
  'monthly',
  'capacity',
  'baseline',
  'value',
  'rationale',
] as const;

function editLabel(field: string, filled: boolean): MessageKey {
  const set = SET.find((f) => f === field);
  const review = REVIEW.find((f) => f === field);
  if (!filled && set) return `pane.problems.set.${set}`;
  if (review) return `pane.problems.review.${review}`;
  return 'pane.problems.edit.cell';
}

export interface FindingActions {
  /** Selects a finding's cell in the workbook. */
  readonly goTo: (cell: string) => void;
  /** Writes a finding's safe fix, with Undo. */
  readonly quickFix: (f: Finding) => Promise<void>;
  /**
   * For a finding that needs a person's judgement: the cell to edit and what editing it
   * does (「担当者を決める」 selects the owner cell); null when there is no such cell.
   */
  readonly editOf: (f: Finding) => { readonly cell: string; readonly label: string } | null;
}

export function useFindingActions(): FindingActions {
  const { tr, lang } = useT();
  const { analysis, app, run, setNotice } = usePane();

  const goTo = (cell: string) => {
    void run('pane.failed.select', null, () => goToCell(app, cell));
  };

  const quickFix = async (f: Finding) => {
    if (!analysis || !f.fix) return;
    const description = render(lang, f.fix.description);
    const previous = await run('pane.failed.fix', null, () => applyQuickFix(app, analysis, f));
    if (previous)
      setNotice({
        intent: 'success',
        body: tr('pane.problems.fixed', { description }),
        undo: {
          run: () => undoWrites(app, [previous]),
          failed: 'pane.failed.fix',
          done: tr('pane.tree.undone'),
        },
      });
  };

  const editOf = (f: Finding) => {
    const cell = f.fix?.cell ?? f.cell;
    if (!analysis || cell === undefined) return null;
    const field = findingField(analysis, cell);
    return { cell, label: tr(field ? editLabel(field.field, field.filled) : 'pane.problems.edit.cell') };
  };

  return { goTo, quickFix, editOf };
}
