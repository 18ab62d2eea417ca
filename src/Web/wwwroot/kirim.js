// A form being sent says so and cannot be sent twice: its button reads "Mengirim…" and is disabled until the answer
// is drawn. Without this script a second tap is still safe, since the pages answer an action already done as done.
(() => {
  const lepas = () => document.querySelectorAll("form[data-mengirim]").forEach((form) => {
    delete form.dataset.mengirim;
    form.querySelectorAll("button[data-teks]").forEach((b) => { b.textContent = b.dataset.teks; delete b.dataset.teks; b.disabled = false; });
  });
  // in the capture phase, before Blazor's enhanced forms send it
  document.addEventListener("submit", (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || form.method.toLowerCase() !== "post") return;
    if (form.dataset.mengirim) { e.preventDefault(); e.stopImmediatePropagation(); return; }
    form.dataset.mengirim = "true";
    // the hidden default button (Enter in a field) stands for the form's main one
    const tombol = e.submitter && !e.submitter.classList.contains("bawaan") ? e.submitter : form.querySelector("button[type=submit].utama") ?? form.querySelector("button[type=submit]");
    // after the form's data is taken, so the pressed button's own value still goes
    if (tombol) setTimeout(() => { tombol.dataset.teks = tombol.textContent; tombol.textContent = document.body.dataset.teksMengirim ?? "…"; tombol.disabled = true; });
  }, true);
  window.Blazor?.addEventListener("enhancedload", lepas);
  window.addEventListener("pageshow", lepas);
})();
