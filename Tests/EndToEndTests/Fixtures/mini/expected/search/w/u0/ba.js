plansiteSearchLoaded("w/u0/ba",{
"ban":[1,4],
"bao":[0,1,1,1],
"bat":[0,-2,0,-3]
});
