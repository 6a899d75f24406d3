// Starts the spreadsheet worker (src/web/sheets.rs creates it): wasm-bindgen's glue, then the module.
importScripts('./chitieu-sheet-worker.js');
wasm_bindgen({ module_or_path: './chitieu-sheet-worker_bg.wasm' });
