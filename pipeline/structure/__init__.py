"""The structure stage: lines → kinds (headings, unit lines, boxes), the header, and the outline of sections and tasks."""
