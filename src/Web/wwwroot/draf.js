// What is typed in a form marked data-draf stays in this browser until the form has gone through, so a session that
// ends mid-form (it expired, or Web restarted) loses nothing: after signing in again the page fills the fields back
// and says so. A draft is dropped once its form was sent and the answer led to another page or a confirmation; a
// refusal draws the same page, and a sign-in page comes between, so those keep it. Drafts are the signed-in person's
// only (a digest of their id keys them) and go on signing out.
(() => {
  const AWALAN = "kinerja-draf:";
  const UMUR = 7 * 24 * 3600 * 1000;
  const bukanIsian = (el) => !el.name || ["hidden", "submit", "button", "file", "password"].includes(el.type);
  const pengguna = () => document.body.dataset.pengguna ?? "";
  // a page may have several such forms (Blazor names each in _handler), and a cycle's form is one per step: both are
  // part of the key, so one form's typing never fills or replaces another's
  const kunci = (form) => [AWALAN + pengguna(), location.pathname, form.elements["_handler"]?.value ?? "", form.elements["Isi.Tahap"]?.value ?? ""].join("|");
  const baca = (k) => { try { return JSON.parse(localStorage.getItem(k) ?? "null"); } catch { return null; } };

  const simpan = (form, terkirim) => {
    const isi = {};
    for (const el of form.elements) {
      if (bukanIsian(el)) continue;
      if (el.type === "radio" || el.type === "checkbox") {
        isi[el.name] ??= [];
        if (el.checked) isi[el.name].push(el.value);
      } else isi[el.name] = el.value;
    }
    try { localStorage.setItem(kunci(form), JSON.stringify({ isi, terkirim, jalur: location.pathname, waktu: Date.now() })); } catch { /* storage full or off: the form still works */ }
  };

  const bersihkan = () => {
    const masuk = location.pathname === "/masuk";
    const berhasil = new URLSearchParams(location.search).has("berhasil");
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (!k?.startsWith(AWALAN)) continue;
      const d = baca(k);
      // another person signed in on this browser (a shared school computer): never theirs to see
      if (!d || Date.now() - d.waktu > UMUR || (pengguna() && !k.startsWith(AWALAN + pengguna() + "|"))) localStorage.removeItem(k);
      // sent, and asked to sign in instead of answered: it never arrived, so it is filled back after the sign-in
      else if (d.terkirim && masuk) localStorage.setItem(k, JSON.stringify({ ...d, terkirim: false }));
      else if (d.terkirim && (d.jalur !== location.pathname || berhasil)) localStorage.removeItem(k);
    }
  };

  const pulihkan = () => {
    bersihkan();
    document.querySelectorAll("form[data-draf]").forEach((form) => {
      const d = baca(kunci(form));
      if (!d || form.dataset.drafDipulihkan) return;
      // sent and answered with this page again (a refusal, a row added): what it shows now is what was sent
      if (d.terkirim) { simpan(form, false); return; }
      let berubah = false;
      for (const el of form.elements) {
        if (bukanIsian(el) || !(el.name in d.isi)) continue;
        const v = d.isi[el.name];
        if (el.type === "radio" || el.type === "checkbox") {
          const c = v.includes(el.value);
          if (el.checked !== c) { el.checked = c; berubah = true; }
        } else if (el.value !== v) { el.value = v; berubah = true; }
      }
      form.dataset.drafDipulihkan = "true";
      if (!berubah) return;
      const pesan = document.createElement("p");
      pesan.id = "draf-dipulihkan";
      pesan.className = "banner";
      pesan.setAttribute("role", "status");
      pesan.textContent = document.body.dataset.teksDraf ?? "";
      const buang = document.createElement("button");
      buang.type = "button";
      buang.className = "tombol";
      buang.textContent = document.body.dataset.teksBuangDraf ?? "×";
      buang.addEventListener("click", () => { localStorage.removeItem(kunci(form)); location.reload(); });
      pesan.append(" ", buang);
      form.before(pesan);
    });
  };

  document.addEventListener("input", (e) => { const form = e.target.form; if (form?.dataset.draf !== undefined) simpan(form, false); });
  document.addEventListener("change", (e) => { const form = e.target.form; if (form?.dataset.draf !== undefined) simpan(form, false); });
  document.addEventListener("submit", (e) => {
    if (e.target.dataset?.draf !== undefined) simpan(e.target, true);
    // signing out on purpose: what was typed and not sent goes with the session
    if (e.target.getAttribute?.("action") === "/keluar") Object.keys(localStorage).filter((k) => k.startsWith(AWALAN)).forEach((k) => localStorage.removeItem(k));
  }, true);
  window.Blazor?.addEventListener("enhancedload", pulihkan);
  pulihkan();
})();
