using System.Runtime.CompilerServices;

// The tests reach the Normalizer's built-in Traditional map, which runs only where ICU is missing.
[assembly: InternalsVisibleTo("Fazhi.Tests")]
