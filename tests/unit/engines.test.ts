/**
 * A proof that needs LibreOffice or Chromium never passes by skipping on CI: with the
 * engine missing, `CI=true` (or the project's own KPI_TREE_REQUIRE_… variable) turns the
 * suite into a failure; only a developer's machine without it may skip, with the reason.
 */
import { chromiumSuite, CHROMIUM_ENV } from '../support/chromium';
import { engineRequired } from '../support/engines';
import { libreOfficeSuite } from '../support/libreoffice';

describe('engines on CI', () => {
  it('are required under CI=true, CI=1 or the project’s variable, and optional elsewhere', () => {
    expect(engineRequired({ CI: 'true' }, 'KPI_TREE_REQUIRE_LIBREOFFICE')).toBe(true);
    expect(engineRequired({ CI: '1' }, 'KPI_TREE_REQUIRE_LIBREOFFICE')).toBe(true);
    expect(engineRequired({ KPI_TREE_REQUIRE_LIBREOFFICE: '1' }, 'KPI_TREE_REQUIRE_LIBREOFFICE')).toBe(true);
    expect(engineRequired({}, 'KPI_TREE_REQUIRE_LIBREOFFICE')).toBe(false);
    expect(engineRequired({ CI: 'false' }, 'KPI_TREE_REQUIRE_CHROMIUM')).toBe(false);
  });

  it('a missing LibreOffice under CI=true is a failing suite, not a skip', () => {
    const suite = libreOfficeSuite({ CI: 'true', KPI_TREE_SOFFICE: '/nonexistent/soffice', PATH: '' });
    expect(suite.soffice).toBeNull();
    expect(suite.required).toBe(true);
  });

  it('a missing Chromium under CI=true is a failing suite, not a skip', () => {
    expect(chromiumSuite({ CI: 'true', [CHROMIUM_ENV]: '/nonexistent/chromium', PATH: '' }).required).toBe(true);
  });
});
