// Runs first in <body>, as a classic script, so the NHS styles for JavaScript-enabled pages apply
// before first paint. It is nhsuk-frontend's template.njk snippet, moved out of line for the CSP.
document.body.className += ` js-enabled${"noModule" in HTMLScriptElement.prototype ? " nhsuk-frontend-supported" : ""}`;
