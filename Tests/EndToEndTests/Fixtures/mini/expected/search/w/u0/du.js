plansiteSearchLoaded("w/u0/du",{
"duoc":[1,-3]
});
