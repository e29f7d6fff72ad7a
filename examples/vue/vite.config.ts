import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // `<bookafy-…>` tags are the widget's custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('bookafy-') } },
    }),
  ],
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 4174, strictPort: true },
});
