/** The sections of the bench, one per part of issue 8. */
import { coreSection } from './core/section';
import { officeSection } from './office/section';
import { paneSection } from './pane/section';
import type { Section } from './section';
import { workbookSection } from './workbook/section';
import { teamSection } from './workbook/teamSection';

export interface Sections {
  readonly office: Section<'office'>;
  readonly core: Section<'core'>;
  readonly workbook: Section<'workbook'>;
  readonly team: Section<'team'>;
  readonly pane: Section<'pane'>;
}

export const SECTIONS: Sections = { office: officeSection, core: coreSection, workbook: workbookSection, team: teamSection, pane: paneSection };
