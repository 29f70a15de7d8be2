import { beginEarlyStart } from './api/early-start';

// The window's entry is kept tiny: it asks the host for the settings and the last show at
// once, then loads the app. The browser compiles the app's 2 MB of script meanwhile (~0.8 s
// on two busy cores, the page's main thread idle), so the host reads and sends the show in
// that time instead of after it (see api/early-start.ts).
beginEarlyStart();
void import('./boot');
