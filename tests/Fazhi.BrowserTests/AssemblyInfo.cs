// One browser and one application at a time: on a two-core machine, parallel Chromium instances starve each other.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
