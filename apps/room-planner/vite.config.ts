import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser bundle holds no query text: it imports the typed document, whose only content is the
// document's id (`__meta__.hash`); the backend-for-frontend (server/) knows the text's id from the manifest.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { host: '127.0.0.1', proxy: { '/graphql': 'http://127.0.0.1:4010' } },
});
