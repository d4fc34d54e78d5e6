// Small browser helpers for HopeCase: the on-screen signature pad and printing.
window.hopeCase = window.hopeCase || {};

window.hopeCase.signaturePad = {
    // Draws with a pointer (mouse, pen or finger) on the canvas; touch does not scroll the page while signing.
    init: function (canvas) {
        if (!canvas || canvas.dataset.ready) { return; }
        canvas.dataset.ready = "1";
        canvas.dataset.empty = "1";
        const ctx = canvas.getContext("2d");
        ctx.lineWidth = 2.5;
        ctx.lineCap = "round";
        ctx.strokeStyle = "#111";
        let drawing = false;
        const point = e => {
            const r = canvas.getBoundingClientRect();
            return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
        };
        canvas.addEventListener("pointerdown", e => {
            drawing = true;
            canvas.setPointerCapture(e.pointerId);
            const p = point(e);
            ctx.beginPath();
            ctx.moveTo(p.x, p.y);
        });
        canvas.addEventListener("pointermove", e => {
            if (!drawing) { return; }
            const p = point(e);
            ctx.lineTo(p.x, p.y);
            ctx.stroke();
            canvas.dataset.empty = "0";
        });
        const stop = () => { drawing = false; };
        canvas.addEventListener("pointerup", stop);
        canvas.addEventListener("pointercancel", stop);
    },
    clear: function (canvas) {
        canvas.getContext("2d").clearRect(0, 0, canvas.width, canvas.height);
        canvas.dataset.empty = "1";
    },
    // The drawing as PNG (base64, without the data: prefix), or null when nothing was drawn.
    toPng: function (canvas) {
        if (canvas.dataset.empty !== "0") { return null; }
        return canvas.toDataURL("image/png").split(",")[1];
    }
};

window.hopeCase.print = function () { window.print(); };

// Idle sign-out: activity (keys, pointer, wheel, touch) is reported to the server at most every quarter of the
// idle time, which also renews the sign-in cookie; with none for the whole idle time the page signs out.
window.hopeCase.idle = {
    start: function (dotnet, timeoutSeconds) {
        if (window.hopeCase.idle.started) { return; }
        window.hopeCase.idle.started = true;
        const timeout = timeoutSeconds * 1000;
        const every = Math.min(60000, timeout / 4);
        let last = Date.now();
        let reported = Date.now();
        const report = () => {
            reported = Date.now();
            dotnet.invokeMethodAsync("Active").catch(() => { });
            fetch("account/keepalive", { credentials: "same-origin", cache: "no-store" }).catch(() => { });
        };
        const mark = () => {
            last = Date.now();
            if (last - reported >= every) { report(); }
        };
        ["keydown", "pointerdown", "wheel", "touchstart", "input"].forEach(e => document.addEventListener(e, mark, { passive: true, capture: true }));
        setInterval(() => {
            if (Date.now() - last < timeout) { return; }
            const form = document.querySelector("form[data-logout]");
            if (form) {
                form.action = "account/logout?idle=1";
                form.submit();
            } else {
                window.location.href = "account/login?idle=1";
            }
        }, Math.min(15000, every));
    }
};
