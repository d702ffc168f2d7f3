import { defineConfig } from 'vite';

// The demo dev server (`npm start`): the components from source, fed by /data/bekasi.json
// from public/. The npm and CDN builds live in scripts/build.mjs.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'demo-dist', emptyOutDir: true },
  oxc: { decorator: { legacy: true } },
});
