import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/app.css';
import { App } from './app/App';
import { UiLanguage } from './settings/UiLanguage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <UiLanguage>
      <App />
    </UiLanguage>
  </StrictMode>,
);
