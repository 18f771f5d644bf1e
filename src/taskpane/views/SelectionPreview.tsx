import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { columnLetter, parseA1 } from '../../core/layout/a1';
import { cellAt } from '../../core/reader/workbookData';
import type { CellSelection } from '../../hosts/port';
import { useT } from '../i18n';
import { usePane } from '../state';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, tableLayout: 'fixed', width: '100%' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { color: tokens.colorNeutralForeground3, backgroundColor: tokens.colorNeutralBackground3, textAlign: 'center', fontWeight: tokens.fontWeightRegular },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', fontWeight: tokens.fontWeightSemibold },
});

const SPAN = 2;

/** In standalone mode there is no Excel to move: the cells around the selected one stand in for it. */
export function SelectionPreview({ selection }: { selection: CellSelection }) {
  const styles = useStyles();
  const { tr } = useT();
  // The workbook as the pane last read it: re-read after every change.
  const data = usePane().analysis?.data;
  const at = parseA1(selection.address.split(':')[0]);
  const sheet = data?.sheets.find((s) => s.name === selection.sheet);
  if (!at || !sheet) return null;
  const rows = Array.from({ length: SPAN * 2 + 1 }, (_, i) => at.row - SPAN + i).filter((r) => r >= 1);
  const cols = Array.from({ length: SPAN * 2 + 1 }, (_, i) => at.column - SPAN + i).filter((c) => c >= 1);
  const text = (r: number, c: number): string => {
    const cell = cellAt(sheet, r, c);
    if (!cell) return '';
    if (cell.error) return cell.error;
    if (cell.formula !== undefined && (cell.value === null || cell.value === '')) return `=${cell.formula}`;
    return cell.value === null ? '' : String(cell.value);
  };
  return (
    <div className={styles.box} data-selection={`${selection.sheet}!${selection.address}`}>
      <Text role="status">{tr('pane.standalone.selection', { sheet: selection.sheet, address: selection.address })}</Text>
      <table className={styles.table} aria-label={tr('pane.standalone.preview')}>
        <thead>
          <tr>
            <th className={`${styles.cell} ${styles.head}`} />
            {cols.map((c) => (
              <th key={c} scope="col" className={`${styles.cell} ${styles.head}`}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th scope="row" className={`${styles.cell} ${styles.head}`}>
                {r}
              </th>
              {cols.map((c) => {
                const selected = r === at.row && c === at.column;
                return (
                  <td key={c} className={`${styles.cell} ${selected ? styles.selected : ''}`} aria-selected={selected || undefined} title={text(r, c)}>
                    {text(r, c)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
