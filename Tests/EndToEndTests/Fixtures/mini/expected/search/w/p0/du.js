plansiteSearchLoaded("w/p0/du",{
"duoc":[0,-2]
});
