import { render } from "solid-js/web";
import { App } from "./app.tsx";
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/shell.css";
import "./styles/dialog.css";
import "./styles/components.css";
import "./styles/integrations.css";
import "./styles/mapping.css";

const root = document.getElementById("root");
if (root) render(() => <App />, root);
