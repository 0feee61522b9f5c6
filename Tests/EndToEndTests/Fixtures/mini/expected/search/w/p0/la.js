plansiteSearchLoaded("w/p0/la",{
"lao":[0,-6,0,21,0,22,0,25,0,26]
});
