// Moves an import's progress while it runs: every 1.5 s the page is read again and its #kemajuan section
// replaced; when the job has ended the page is loaded whole, with its rejected rows. Without this script the
// page's own link does the same by hand.
(() => {
  const tunggu = () => setTimeout(async () => {
    const kini = document.getElementById("kemajuan");
    if (!kini || kini.dataset.selesai === "true") return;
    try {
      const jawab = await fetch(location.href, { headers: { Accept: "text/html" }, cache: "no-store" });
      const baru = new DOMParser().parseFromString(await jawab.text(), "text/html").getElementById("kemajuan");
      if (baru && baru.dataset.selesai === "true") { location.reload(); return; }
      if (baru) kini.replaceWith(baru);
    } catch { /* a dropped connection: try again on the next tick */ }
    tunggu();
  }, 1500);
  tunggu();
})();
