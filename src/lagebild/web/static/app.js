// Clicking a highlighted passage marks the records it belongs to in the side panel.
document.addEventListener("click", (event) => {
  const span = event.target.closest("[data-ids]");
  if (!span) return;
  const ids = span.dataset.ids.split(" ");
  document.querySelectorAll("#details li.active").forEach((li) => li.classList.remove("active"));
  ids.forEach((id) => {
    const item = document.querySelector(`#details li[data-id="${CSS.escape(id)}"]`);
    if (item) {
      item.classList.add("active");
      item.scrollIntoView({ block: "nearest" });
    }
  });
});
