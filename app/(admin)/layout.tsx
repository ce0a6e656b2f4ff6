// Admin pages share the workbench's top bar; each page checks its own permission.
export { default } from "../(workbench)/layout";
