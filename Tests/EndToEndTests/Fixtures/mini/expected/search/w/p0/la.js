plansiteSearchLoaded("w/p0/la",{
"lao":[0,-6]
});
