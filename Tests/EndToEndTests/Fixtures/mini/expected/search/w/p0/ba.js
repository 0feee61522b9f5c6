plansiteSearchLoaded("w/p0/ba",{
"ba":[0,-19],
"ban":[0,-10],
"bao":[0,19,0,20,0,-22,0,-23,0,-26,0,-27]
});
