import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

export default defineConfig({
  plugins: [solid()],
  server: { proxy: { "/api": "http://localhost:8787" } },
  build: { target: "es2022" },
});
