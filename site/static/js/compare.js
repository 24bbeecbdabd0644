// Progressive enhancement for the compare form: "select all" and "clear" for
// the countries. Without JavaScript the buttons stay hidden; the form works alike.
document.querySelectorAll(".compare-form__bulk").forEach((bulk) => {
  bulk.hidden = false;
  bulk.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-check]");
    if (!button) return;
    bulk.closest("fieldset").querySelectorAll('input[type="checkbox"]').forEach((box) => {
      box.checked = button.dataset.check === "all";
    });
  });
});
