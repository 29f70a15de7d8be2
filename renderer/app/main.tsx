import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { editor } from '../editor/instance';
import { api } from './api/client';
import { App } from './App';
import { initI18n, systemLanguage } from './i18n';
import { startApp } from './shell/startup';
import './app.css';

// Not ready until start-up has decided what to show (tests wait for "true").
document.body.dataset.ready = 'false';
initI18n(systemLanguage(navigator.language));
editor.setHost(api());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void startApp();
