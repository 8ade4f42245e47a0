import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Where `vite dev` and `vite preview` forward /graphql; the API listens on 4000 by default.
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/exports': apiTarget,
    },
  },
  preview: {
    proxy: {
      '/graphql': apiTarget,
      '/exports': apiTarget,
    },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'graphql', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry)[\\/]/ },
            { name: 'designsystemet', test: /node_modules[\\/](@digdir|@floating-ui|@tanstack|@u-elements|@navikt|@radix-ui)[\\/]/ },
          ],
        },
      },
    },
  },
});
