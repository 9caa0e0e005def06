import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` serves the app and proxies the API to a server on :3000 (PAHT_API overrides).
// Only API paths go through: `/t/{code}/…` pages are the app's own routes.
const api = process.env.PAHT_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '^/(api|open311|health|ready)(/|$)': api,
      '^/t/[^/]+/(api|open311)(/|$)': api,
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // @paht/domain is pure (no I/O, HOUSE_STYLE "Layout"), but its schemas are built when
        // their module loads, which a bundler must otherwise assume matters. Saying so keeps
        // what the web does not use (zod, the calendar, the profiles) out of the phone's download.
        moduleSideEffects: [{ test: /[\\/]packages[\\/]domain[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
