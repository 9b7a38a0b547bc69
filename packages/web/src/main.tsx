import '@mantine/core/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Certa into.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
