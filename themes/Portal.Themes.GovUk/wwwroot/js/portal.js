// Starts GOV.UK Frontend and MOJ Frontend components. Loaded as a module, so it only runs in browsers that
// the layout marked with govuk-frontend-supported; every page works without it. Imports are relative to this
// file so they resolve under any tenant path base.
import { initAll as initGovUkFrontend } from '../lib/govuk-frontend/govuk-frontend.min.js';
import { initAll as initMojFrontend } from '../lib/moj/moj-frontend.min.js';

initGovUkFrontend();
initMojFrontend();
