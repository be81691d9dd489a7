// Entry point: global styles, the viewer the server sent with the page, then the app (router) into #root.
// Apollo Client is not loaded here: it comes with the first page that needs it (components/page-route.tsx).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { primeViewerFromPage } from './session/viewer';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

primeViewerFromPage();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
