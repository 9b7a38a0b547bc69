import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs as a separate process in development; the browser talks to it through this proxy.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries change less often than our code: a separate chunk stays cached across releases.
      output: {
        codeSplitting: {
          // A library's own dependencies stay in the group they match (React must not follow the charts).
          includeDependenciesRecursively: false,
          groups: [
            // Charts load with the first chart drawn (see features/dashboard/charts.tsx), not with the app.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|@mantine[\\/]charts|d3-[a-z-]+|victory-vendor|decimal\.js-light|es-toolkit|immer|@reduxjs|react-redux|reselect|redux|redux-thunk|eventemitter3|tiny-invariant|internmap)[\\/]/,
              priority: 2,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine/, priority: 1 },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
