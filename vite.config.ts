import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The browser app lives in web/; the server serves the build from dist/web.
// In development, /api is proxied to the Fastify server on port 8000.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8000' },
  },
});
