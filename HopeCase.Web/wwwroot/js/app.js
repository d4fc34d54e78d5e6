// Draws and reads the on-screen signature pad and other small browser helpers; kept tiny on purpose.
window.hopeCase = window.hopeCase || {};
