import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { initI18n } from '@/lib/i18n';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root fehlt in index.html');

const root = createRoot(container);

function render() {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Render once the common texts are there, so the first paint is already in the right language.
// Should loading them fail, render anyway: i18next falls back to the keys, the app stays usable.
void initI18n().then(render, render);
