// antd's styles as one prebuilt sheet ahead of ours (its zero-runtime mode, see App): the
// window's first render no longer generates each component's CSS from the theme.
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { editor } from '../editor/instance';
import { api } from './api/client';
import { App } from './App';
import { initI18n, systemLanguage } from './i18n';
import { startApp } from './shell/startup';
import './app.css';

// The app's scripts are loaded and run (a timeline mark the bench reads).
performance.mark('pavilion:boot');
// Not ready until start-up has decided what to show (tests wait for "true").
document.body.dataset.ready = 'false';
initI18n(systemLanguage(navigator.language));
editor.setHost(api());

// Start-up opens the last show (taking the reply the entry script asked for, see main.tsx)
// before the first render, which waits for that at most 300 ms: a host slow to answer does
// not hold the window back.
const { asked } = startApp();
await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 300))]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
