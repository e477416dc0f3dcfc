// Small progressive enhancements; every page works without this file.
"use strict";

function placeBoxes() {
  for (const box of document.querySelectorAll(".box")) {
    box.style.left = box.dataset.l + "%";
    box.style.top = box.dataset.t + "%";
    box.style.width = box.dataset.w + "%";
    box.style.height = box.dataset.h + "%";
  }
}

let activeKeys = "";

function highlight(keys) {
  if (keys === activeKeys) return;
  activeKeys = keys;
  const wanted = new Set(keys.split(" ").filter(Boolean));
  let first = null;
  for (const box of document.querySelectorAll(".box")) {
    const on = wanted.has(box.dataset.key);
    box.classList.toggle("active", on);
    if (on && !first) first = box;
  }
  for (const el of document.querySelectorAll("[data-evidence].selected")) {
    el.classList.remove("selected");
  }
  if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
}

function onSelect(event) {
  const holder = event.target.closest("[data-evidence]");
  if (!holder) return;
  highlight(holder.dataset.evidence);
  holder.classList.add("selected");
}

function confirmButtons() {
  for (const button of document.querySelectorAll("[data-confirm]")) {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  }
}

function dropzone() {
  const zone = document.getElementById("dropzone");
  if (!zone) return;
  const input = zone.querySelector("input[type=file]");
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("over");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    input.files = event.dataTransfer.files;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  placeBoxes();
  document.addEventListener("focusin", onSelect);
  document.addEventListener("click", onSelect);
  confirmButtons();
  dropzone();
});
