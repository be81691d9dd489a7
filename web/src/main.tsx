// Entry point: global styles, the viewer the server sent with the page, then the app (Apollo client and
// router) into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apolloClient } from './session/apollo';
import { App } from './app/app';
import { primeViewerFromPage } from './session/viewer';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root">');

primeViewerFromPage(apolloClient);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
