/**
 * The sections of the bench, one per part of issue 8. The task pane (part 4) is measured
 * once its bundle exists: add `bench/pane/section.ts` exporting a `Section<'pane'>` and
 * list it here as `pane`; until then results.json says `"pane": null`.
 */
import { coreSection } from './core/section';
import { officeSection } from './office/section';
import type { Section } from './section';
import { workbookSection } from './workbook/section';

export interface Sections {
  readonly office: Section<'office'>;
  readonly core: Section<'core'>;
  readonly workbook: Section<'workbook'>;
  readonly pane?: Section<'pane'>;
}

export const SECTIONS: Sections = { office: officeSection, core: coreSection, workbook: workbookSection };
